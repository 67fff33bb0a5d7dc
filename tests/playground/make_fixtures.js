// Makes fixtures/*.json: TensorFlow Playground's own run for each link in LINKS, with its own
// code (src/nn.ts, src/dataset.ts, src/state.ts from github.com/tensorflow/playground at
// 02469bd, Apache License 2.0, see LICENSE), compiled by `tsc` into build/. The few lines
// below marked "playground.ts" follow that file's generateData, reset, oneStep, getLoss and
// constructInput (same licence); everything else there draws the page.
//
//   cd tests/playground && npm install && npx tsc && node make_fixtures.js
"use strict";
require("seedrandom");  // seedrandom 2.4.3: defines Math.seedrandom, as the page's script tag
const fs = require("fs");
const path = require("path");

const EPOCHS = 120;
const LINKS = {
  defaults: "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.12345&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false",
  gauss_sigmoid_batch7: "activation=sigmoid&batchSize=7&dataset=gauss&learningRate=0.1&noise=20&networkShape=3&seed=0.73519&percTrainData=70",
  xor_relu_l1: "activation=relu&batchSize=3&dataset=xor&learningRate=0.01&regularization=L1&regularizationRate=0.003&noise=10&networkShape=5,3&seed=lecture&xTimesY=true&xSquared=true",
  spiral_l2_all_features: "activation=tanh&batchSize=30&dataset=spiral&learningRate=0.03&regularization=L2&regularizationRate=0.01&noise=5&networkShape=8,8,6&seed=0.5&xTimesY=true&xSquared=true&ySquared=true&sinX=true&sinY=true&percTrainData=60",
  regression_plane_linear: "activation=linear&batchSize=9&problem=regression&regDataset=reg-plane&learningRate=0.003&noise=15&networkShape=3&seed=0.24680",
  regression_gauss_l1: "activation=tanh&batchSize=10&problem=regression&regDataset=reg-gauss&learningRate=0.03&regularization=L1&regularizationRate=0.001&networkShape=6,4&seed=0.13579&percTrainData=30",
  init_zero_circle: "activation=relu&batchSize=4&dataset=circle&learningRate=0.3&noise=35&networkShape=4&seed=0.99999&initZero=true",
  no_hidden_layer: "activation=tanh&batchSize=1&dataset=gauss&learningRate=0.03&networkShape=&seed=0.31415&percTrainData=20",
};

// A lecturer's session in Playground: its buttons and controls, each as makeGUI wires it
// (playground.ts): Reset is reset(); Regenerate generateData(); a new data set, noise or
// batch size generateData() and/or reset(); a new learning rate nothing else.
const ACTIONS = [
  ["train", 3], ["reset"], ["train", 3], ["regenerate"], ["train", 3],
  ["set", "dataset", "spiral", true], ["train", 3], ["set", "noise", 25, true], ["train", 2],
  ["set", "batchSize", 4, false], ["train", 3], ["set", "learningRate", 0.1, null],
  ["train", 3], ["set", "activation", "relu", false], ["train", 2],
];

function run(name, link, actions) {
  global.window = {location: {hash: "#" + link}};
  for (const m of ["state", "nn", "dataset"]) {
    delete require.cache[require.resolve("./build/" + m)];
  }
  const nn = require("./build/nn");
  const dataset = require("./build/dataset");
  const {State, Problem} = require("./build/state");
  const state = State.deserializeState();
  state.serialize();  // what Playground writes back into the URL for this set-up
  const serialized = window.location.hash;

  // playground.ts: INPUTS, constructInputIds, constructInput
  const INPUTS = {
    x: (x, y) => x, y: (x, y) => y, xSquared: (x, y) => x * x, ySquared: (x, y) => y * y,
    xTimesY: (x, y) => x * y, sinX: (x, y) => Math.sin(x), sinY: (x, y) => Math.sin(y),
  };
  const inputIds = Object.keys(INPUTS).filter(k => state[k]);
  const input = p => inputIds.map(k => INPUTS[k](p.x, p.y));

  // playground.ts: generateData(firstTime)
  const regression = state.problem === Problem.REGRESSION;
  let trainData, testData, network;
  function generateData(firstTime) {
    if (!firstTime) {
      state.seed = Math.random().toFixed(5);
    }
    Math.seedrandom(state.seed);
    const generator = regression ? state.regDataset : state.dataset;
    const data = generator(regression ? 1200 : 500, state.noise / 100);
    dataset.shuffle(data);
    const splitIndex = Math.floor(data.length * state.percTrainData / 100);
    trainData = data.slice(0, splitIndex);
    testData = data.slice(splitIndex);
  }
  // playground.ts: reset()
  function reset() {
    const shape = [inputIds.length].concat(state.networkShape).concat([1]);
    network = nn.buildNetwork(shape, state.activation,
        regression ? nn.Activations.LINEAR : nn.Activations.TANH,
        state.regularization, inputIds, state.initZero);
  }
  generateData(true);
  reset();
  const shape = [inputIds.length].concat(state.networkShape).concat([1]);

  // playground.ts: getLoss
  const getLoss = points => {
    let loss = 0;
    for (const p of points) {
      loss += nn.Errors.SQUARE.error(nn.forwardProp(network, input(p)), p.label);
    }
    return loss / points.length;
  };
  const weights = () => network.slice(1).map(layer => ({
    weights: layer.map(node => node.inputLinks.map(l => l.weight)),
    biases: layer.map(node => node.bias),
    dead: layer.map(node => node.inputLinks.map(l => l.isDead)),
  }));
  const start = weights();
  const losses = [[getLoss(trainData), getLoss(testData)]];
  function oneStep() {  // playground.ts: oneStep
    trainData.forEach((point, i) => {
      nn.forwardProp(network, input(point));
      nn.backProp(network, point.label, nn.Errors.SQUARE);
      if ((i + 1) % state.batchSize === 0) {
        nn.updateWeights(network, state.learningRate, state.regularizationRate);
      }
    });
    losses.push([getLoss(trainData), getLoss(testData)]);
  }
  const activations = {relu: nn.Activations.RELU, tanh: nn.Activations.TANH,
                       sigmoid: nn.Activations.SIGMOID, linear: nn.Activations.LINEAR};
  for (const [what, a, b, c] of actions || [["train", EPOCHS]]) {
    if (what === "train") {
      for (let k = 0; k < a; k++) oneStep();
    } else if (what === "reset") {
      reset();
    } else if (what === "regenerate") {
      generateData(false);
    } else {  // ["set", key, value, regenerates]: null only sets it (the learning rate)
      state[a] = a === "dataset" ? dataset["classify" + {spiral: "SpiralData",
          circle: "CircleData", xor: "XORData", gauss: "TwoGaussData"}[b]] :
          a === "activation" ? activations[b] : b;
      if (c === true) generateData(false);
      if (c !== null) reset();
    }
    if (what !== "train") losses.push([getLoss(trainData), getLoss(testData)]);
  }
  const points = ps => ps.map(p => [p.x, p.y, p.label]);
  return {
    link, serialized, seed: state.seed, inputs: inputIds, shape, epochs: EPOCHS, actions: actions || null,
    train: points(trainData), test: points(testData),
    start, losses, end: weights(),
    probe: [Math.random(), Math.random()],  // the generator's state after it all
  };
}

// seedrandom's own numbers, for tests/test_playground_random.py
function randomSamples() {
  const out = {};
  for (const seed of ["0.12345", "", "lecture", "0.5", "한글 seed", "x".repeat(300)]) {
    Math.seedrandom(seed);
    out[seed] = Array.from({length: 1000}, () => Math.random());
  }
  return out;
}

const dir = path.join(__dirname, "..", "fixtures", "playground");
fs.mkdirSync(dir, {recursive: true});
fs.writeFileSync(path.join(dir, "seedrandom.json"), JSON.stringify(randomSamples()));
for (const [name, link] of Object.entries(LINKS)) {
  fs.writeFileSync(path.join(dir, name + ".json"), JSON.stringify(run(name, link)));
  console.log("wrote", name);
}
fs.writeFileSync(path.join(dir, "lecturer_session.json"),
                 JSON.stringify(run("lecturer_session", LINKS.defaults, ACTIONS)));
console.log("wrote lecturer_session");
